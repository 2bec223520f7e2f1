/**
 * One `Intl.NumberFormat` per locale and options, kept: building one costs far more than using it
 * (a table of amounts built one per cell), and the pages ask for the same few again and again.
 */
const formats = new Map<string, Intl.NumberFormat>();
const maxFormats = 200;

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    // Throws for a bad locale or currency, as `new Intl.NumberFormat` does (nothing kept then).
    format = new Intl.NumberFormat(locale, options);
    if (formats.size >= maxFormats) formats.clear();
    formats.set(key, format);
  }
  return format;
}
