/** One time entry read from a tracker export, in UTC, before it is mapped to a Cadence category. */
export interface ImportedRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  startUtc: string;
  endUtc: string;
  /** end - start in whole seconds; the export's duration column is only a cross-check. */
  durationSeconds: number;
  project: string | null;
  client: string | null;
  task: string | null;
  /** Verbatim (not trimmed), possibly empty. */
  description: string;
  /** Trimmed, de-duplicated, in the export's order. */
  tags: string[];
  billable: boolean;
  user: string | null;
  email: string | null;
  /**
   * FNV-1a 64 (16 hex digits) of the normalised content plus its occurrence rank among identical
   * rows of the file: the same file, re-exported or re-imported, gives the same hashes, and two
   * identical rows in one file get different ones. Not a secret, not collision-proof.
   */
  sourceHash: string;
}

/** A project, client or tag name found in the file, for the mapping step. */
export interface DistinctValue {
  name: string;
  rowCount: number;
  seconds: number;
}

export interface ImportDistinctValues {
  projects: DistinctValue[];
  clients: DistinctValue[];
  tags: DistinctValue[];
  /** Rows without a project (they can only be mapped by tag or fallback). */
  rowsWithoutProject: number;
}
