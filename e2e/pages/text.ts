/** The fixed part of a translated string before its first {{placeholder}}, for label matching. */
export function before(template: string): string {
  return (template.split('{{')[0] ?? template).trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches a translated template with any values in its placeholders. */
export function templatePattern(template: string): RegExp {
  return new RegExp(
    template
      .split(/\{\{\w+\}\}/)
      .map(escapeRegExp)
      .join('.+'),
  );
}
