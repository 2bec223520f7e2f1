/** The bar chart's height: on a phone the categories go down the side, one band each. */
export const barChartHeight = (isNarrow: boolean, categories: number) =>
  isNarrow ? 90 + categories * 56 : 300;
