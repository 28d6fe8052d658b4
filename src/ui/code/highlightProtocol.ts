/** Messages between the page and the highlight worker. */
export interface HighlightRequest {
  readonly id: number;
  readonly code: string;
  readonly language: string;
}

export interface HighlightResponse {
  readonly id: number;
  /** Escaped, highlighted HTML of each line; null when the language has no grammar (show plain text). */
  readonly lines: readonly string[] | null;
  readonly error?: string;
}
