/**
 * A function that hands back one Intl formatter per locale and options, built on first request
 * and kept (at most 200, then all forgotten at once). Building a formatter costs far more than
 * using one, and the pages ask for the same few formats again and again (a table of amounts,
 * a list of dates, one cell or row at a time).
 */
export function keptFormats<Options extends object, Format>(
  build: (locale: string, options: Options) => Format,
): (locale: string, options?: Options) => Format {
  const formats = new Map<string, Format>();
  const maxFormats = 200;
  return (locale, options = {} as Options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = formats.get(key);
    if (!format) {
      // Throws for a bad locale, currency or zone, as the Intl constructor does (nothing kept then).
      format = build(locale, options);
      if (formats.size >= maxFormats) formats.clear();
      formats.set(key, format);
    }
    return format;
  };
}
