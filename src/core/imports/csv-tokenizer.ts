/**
 * An incremental RFC 4180 tokenizer: push text chunks, get records with the physical line where
 * each starts. Own code rather than csv-parse because imports need a synchronous push API that
 * works on the server and in a browser preview alike (csv-parse's incremental API is a Node stream)
 * and the start line of records spanning several lines; it is checked against csv-parse/sync in
 * csv-tokenizer.test.ts.
 *
 * Tolerances (exports re-saved by spreadsheets are messy): a quote inside an unquoted field is
 * literal; text after a closing quote is kept but the record is flagged `text_after_quote`; an
 * unclosed quote at the end is flagged `unterminated_quote`. LF, CRLF and lone CR end records;
 * newlines inside quoted fields are kept verbatim. Blank lines produce no record.
 */

export type CsvRecordProblem = 'unterminated_quote' | 'text_after_quote';

export interface CsvRecord {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  fields: string[];
  problem: CsvRecordProblem | null;
}

export interface CsvTokenizer {
  write(chunk: string, onRecord: (record: CsvRecord) => void): void;
  end(onRecord: (record: CsvRecord) => void): void;
  /** The delimiter in use; null until the first line is complete when it is detected. */
  readonly delimiter: string | null;
}

const QUOTE = 34;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const BYTE_ORDER_MARK = 0xfeff;

const FIELD_START = 0;
const UNQUOTED = 1;
const IN_QUOTES = 2;
const QUOTE_IN_QUOTES = 3;

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/**
 * Picks the delimiter occurring most often outside quotes in a header line; ties and lines with
 * none go to the comma. European spreadsheet exports use `;` because `,` is their decimal mark.
 */
export function detectCsvDelimiter(headerLine: string): string {
  const counts = new Map<string, number>();
  let isQuoted = false;
  for (const character of headerLine) {
    if (character === '"') isQuoted = !isQuoted;
    else if (!isQuoted) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best: string = ',';
  for (const candidate of CANDIDATE_DELIMITERS) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

interface TokenizerState {
  delimiterCode: number;
  state: number;
  fieldPrefix: string;
  fields: string[];
  problem: CsvRecordProblem | null;
  line: number;
  recordLine: number;
  previousCode: number;
  skipLineFeed: boolean;
}

function findOrEnd(text: string, searched: string, from: number): number {
  const position = text.indexOf(searched, from);
  return position < 0 ? text.length : position;
}

function emitRecord(tokenizer: TokenizerState, onRecord: (record: CsvRecord) => void): void {
  const { fields, problem } = tokenizer;
  const isBlank = fields.length === 1 && fields[0] === '' && problem === null;
  if (!isBlank) onRecord({ line: tokenizer.recordLine, fields, problem });
  tokenizer.fields = [];
  tokenizer.problem = null;
  tokenizer.recordLine = tokenizer.line;
}

/**
 * The state machine over one chunk. Hot loop of big imports: the state lives in locals and is
 * written back at the end, which V8 runs several times faster than closure variables.
 */
function consumeChunk(tokenizer: TokenizerState, text: string, onRecord: (record: CsvRecord) => void): void {
  const delimiterCode = tokenizer.delimiterCode;
  let { state, fieldPrefix, line, previousCode, skipLineFeed } = tokenizer;
  let segmentStart = 0;
  // Next line feed / carriage return at or after the cursor (text.length when none), found lazily
  // so that a quoted field without line break can be skipped in one indexOf.
  let nextLineFeed = -1;
  let nextCarriageReturn = -1;
  for (let index = 0; index < text.length; index += 1) {
    if (state === IN_QUOTES && !skipLineFeed) {
      if (nextLineFeed < index) nextLineFeed = findOrEnd(text, '\n', index);
      if (nextCarriageReturn < index) nextCarriageReturn = findOrEnd(text, '\r', index);
      const closingQuote = findOrEnd(text, '"', index);
      if (closingQuote <= nextLineFeed && closingQuote <= nextCarriageReturn) {
        // Fast path, the usual case: jump to the closing quote (or the chunk's end).
        if (closingQuote === text.length) {
          previousCode = -1;
          break;
        }
        fieldPrefix += text.slice(segmentStart, closingQuote);
        state = QUOTE_IN_QUOTES;
        previousCode = QUOTE;
        index = closingQuote;
        continue;
      }
    }
    const code = text.charCodeAt(index);
    if (skipLineFeed) {
      skipLineFeed = false;
      if (code === LINE_FEED) {
        previousCode = code;
        segmentStart = index + 1;
        continue;
      }
    }
    if (state === FIELD_START) {
      if (code === QUOTE) {
        state = IN_QUOTES;
        segmentStart = index + 1;
        previousCode = code;
        continue;
      }
      state = UNQUOTED;
      segmentStart = index;
    }
    if (state === UNQUOTED) {
      if (code === delimiterCode) {
        tokenizer.fields.push(fieldPrefix + text.slice(segmentStart, index));
        fieldPrefix = '';
        state = FIELD_START;
      } else if (code === LINE_FEED || code === CARRIAGE_RETURN) {
        tokenizer.fields.push(fieldPrefix + text.slice(segmentStart, index));
        fieldPrefix = '';
        state = FIELD_START;
        line += 1;
        skipLineFeed = code === CARRIAGE_RETURN;
        tokenizer.line = line;
        emitRecord(tokenizer, onRecord);
      }
    } else if (state === IN_QUOTES) {
      if (code === QUOTE) {
        fieldPrefix += text.slice(segmentStart, index);
        state = QUOTE_IN_QUOTES;
      } else if (code === CARRIAGE_RETURN || (code === LINE_FEED && previousCode !== CARRIAGE_RETURN)) {
        line += 1;
      }
    } else if (code === QUOTE) {
      // QUOTE_IN_QUOTES: a doubled quote is a literal quote.
      fieldPrefix += '"';
      state = IN_QUOTES;
      segmentStart = index + 1;
    } else if (code === delimiterCode || code === LINE_FEED || code === CARRIAGE_RETURN) {
      tokenizer.fields.push(fieldPrefix);
      fieldPrefix = '';
      state = FIELD_START;
      if (code !== delimiterCode) {
        line += 1;
        skipLineFeed = code === CARRIAGE_RETURN;
        tokenizer.line = line;
        emitRecord(tokenizer, onRecord);
      }
    } else {
      tokenizer.problem ??= 'text_after_quote';
      state = UNQUOTED;
      segmentStart = index;
    }
    previousCode = code;
  }
  if (state === UNQUOTED || state === IN_QUOTES) fieldPrefix += text.slice(segmentStart);
  Object.assign(tokenizer, { state, fieldPrefix, line, previousCode, skipLineFeed });
}

export function createCsvTokenizer(options: { delimiter?: string } = {}): CsvTokenizer {
  let delimiter: string | null = options.delimiter ?? null;
  let isBomChecked = false;
  let undetectedText = '';
  const tokenizer: TokenizerState = {
    delimiterCode: delimiter === null ? -1 : delimiter.charCodeAt(0),
    state: FIELD_START,
    fieldPrefix: '',
    fields: [],
    problem: null,
    line: 1,
    recordLine: 1,
    previousCode: -1,
    skipLineFeed: false,
  };

  function startWithDetectedDelimiter(text: string, onRecord: (record: CsvRecord) => void): void {
    const lineEnd = text.search(/[\r\n]/);
    delimiter = detectCsvDelimiter(lineEnd < 0 ? text : text.slice(0, lineEnd));
    tokenizer.delimiterCode = delimiter.charCodeAt(0);
    consumeChunk(tokenizer, text, onRecord);
  }

  return {
    get delimiter() {
      return delimiter;
    },
    write(chunk, onRecord) {
      let text = chunk;
      if (!isBomChecked && text.length > 0) {
        isBomChecked = true;
        if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
      }
      if (delimiter !== null) {
        consumeChunk(tokenizer, text, onRecord);
        return;
      }
      undetectedText += text;
      if (/[\r\n]/.test(text)) {
        const buffered = undetectedText;
        undetectedText = '';
        startWithDetectedDelimiter(buffered, onRecord);
      }
    },
    end(onRecord) {
      if (delimiter === null) startWithDetectedDelimiter(undetectedText, onRecord);
      undetectedText = '';
      if (tokenizer.state === IN_QUOTES) tokenizer.problem = 'unterminated_quote';
      if (tokenizer.state !== FIELD_START || tokenizer.fields.length > 0) {
        tokenizer.fields.push(tokenizer.fieldPrefix);
        tokenizer.fieldPrefix = '';
        tokenizer.state = FIELD_START;
        emitRecord(tokenizer, onRecord);
      }
    },
  };
}
