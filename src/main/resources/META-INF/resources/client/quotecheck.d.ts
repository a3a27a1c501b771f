// Types for /client/quotecheck.js, written to match the API's JSON (see /q/openapi for the full document).
// Dates are ISO strings ("2024-07-03"), instants ISO date-times.

export type Verdict = "VERIFIED" | "FRAGMENT" | "ALTERED" | "MISATTRIBUTED" | "WRONG_DATE" | "NOT_FOUND";
export type Rating = Verdict | "MISLEADING_CONTEXT" | "UNSUPPORTED";
export type QuoteStatus = "unreviewed" | "verified" | "disputed" | "retracted";
export type FactCheckStatus = "draft" | "published" | "withdrawn";

export interface FieldError { field: string; detail: string; }

/** RFC 9457 problem details, as the API sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  field?: string;
  errors?: FieldError[];
  requiredRole?: string;
  currentVersion?: number;
  existingId?: string;
  candidates?: SpeakerCandidate[];
  errorId?: string;
  [member: string]: unknown;
}

export declare class QuotecheckError extends Error {
  constructor(problem: Partial<Problem>, status: number);
  readonly name: "QuotecheckError";
  /** The HTTP status; 0 for a network error, an abort or a timeout. */
  status: number;
  /** The problem type; "about:abort" or "about:timeout" when the call was stopped. */
  type: string;
  title: string;
  detail: string;
  field?: string;
  errors: FieldError[];
  /** Seconds the API asked to wait (429, 503). */
  retryAfter?: number;
  problem: Partial<Problem>;
}

export interface SpeakerRef { id: string; name: string; }

export interface SourceResponse {
  id: string;
  url: string;
  archiveUrl?: string | null;
  outlet?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  kind?: string | null;
  language?: string | null;
  agencies: string[];
  createdAt: string;
}

export interface Appearance { source: SourceResponse; start?: number | null; end?: number | null; addedAt: string; }

export interface QuoteResponse {
  id: string;
  text: string;
  /** The language of the text. */
  language?: string;
  /** The language the words were spoken in; another than the text's for a translation. */
  spokenLanguage?: string;
  speaker: SpeakerRef;
  saidOn?: string;
  context?: string;
  status: QuoteStatus;
  retractionReason?: string;
  earliestSource?: SourceResponse;
  appearanceCount: number;
  /** Every publication; omitted in listings. */
  appearances?: Appearance[];
  /** The label of the utterance this quote renders with other wordings. */
  utterance?: string;
  /** The other wordings of the same utterance (original, other translations); omitted in listings. */
  wordings?: Wording[];
  /** Relevance to q, in searches only. */
  score?: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Wording { id: string; text: string; language?: string; spokenLanguage?: string; earliestSource?: SourceResponse; appearanceCount: number; }

export interface QuotePage { data: QuoteResponse[]; nextCursor: string | null; hasMore: boolean; }

export interface EarliestSource { url: string; outlet?: string; publishedOn?: string; }
export interface Match {
  id: string;
  text: string;
  speaker: SpeakerRef;
  saidOn?: string;
  context?: string;
  earliestSource?: EarliestSource;
  appearanceCount: number;
  language?: string;
  spokenLanguage?: string;
}
export interface DiffEntry { op: "equal" | "insert" | "delete" | "replace"; claim?: string; source?: string; critical?: boolean; }
export interface Alternative { id: string; text: string; speaker: SpeakerRef; score: number; }

export interface VerifyResponse {
  verdict: Verdict;
  /** The verdicts that apply, then TRANSLATION_VARIANT and SPEAKER_UNKNOWN where they do. */
  findings: Array<Verdict | "TRANSLATION_VARIANT" | "SPEAKER_UNKNOWN">;
  confidence: number;
  explanation: string;
  coverage?: number;
  /** Absent for NOT_FOUND. */
  match?: Match;
  diff?: DiffEntry[];
  alternatives?: Alternative[];
  claimedSpeaker?: { given: string; resolved: SpeakerRef[] };
  factCheckId?: string;
}

export interface Claim { text: string; speaker?: string; date?: string; dateToleranceDays?: number; record?: boolean; }

export interface CheckedQuote {
  text: string;
  /** UTF-16 offsets, as in JavaScript strings. */
  start: number;
  end: number;
  kind: "direct" | "fragment" | "scare";
  speaker?: { name: string; id?: string };
  mention?: string;
  confidence: number;
  quoteId?: string;
  verification?: VerifyResponse;
}
export interface CheckResponse { quotes: CheckedQuote[]; speakers?: { name: string; mentions: string[]; id?: string }[]; }

export interface Role { title: string; organization?: string; from?: string; to?: string | null; }
export interface SpeakerCandidate { id: string; name: string; role?: Role; }
export interface SpeakerResolution {
  mention: string;
  date: string;
  /** The speaker when exactly one matches. */
  speaker?: SpeakerCandidate;
  /** Every match, when more than one. */
  candidates?: SpeakerCandidate[];
}

// every member is sent; those without a value are null
export interface FactCheckResponse {
  id: string;
  claim: string;
  claimant?: string | null;
  speaker?: SpeakerRef | null;
  appearanceUrl?: string | null;
  appearanceDate?: string | null;
  rating: Rating;
  ratingValue: number;
  ratingName: string;
  reviewerName?: string | null;
  reviewerUrl?: string | null;
  authorName?: string | null;
  reviewDate?: string | null;
  explanation?: string | null;
  articleUrl?: string | null;
  language?: string | null;
  status: FactCheckStatus;
  evidence: { id: string; text: string; speaker: SpeakerRef }[];
  createdAt: string;
  updatedAt: string;
  version: number;
}
export interface FactCheckPage { claims: FactCheckResponse[]; nextPageToken?: string | null; }

/** Per call: cancel with an AbortSignal, or give up after timeout ms (0: never). */
export interface CallOptions { signal?: AbortSignal; timeout?: number; }

export interface ClientOptions {
  baseUrl?: string;
  apiKey?: string;
  fetchImpl?: typeof fetch;
  /** Default per-call timeout in ms (30000; 0: none). */
  timeout?: number;
  /** The longest Retry-After (ms) a 429 is retried after, once (10000). */
  maxRetryWait?: number;
}

export interface QuoteFilters {
  speaker?: string; from?: string; to?: string; outlet?: string; language?: string;
  status?: QuoteStatus; limit?: number; cursor?: string | null;
}
export interface FactCheckFilters {
  query?: string; speaker?: string; rating?: Rating; status?: FactCheckStatus; languageCode?: string;
  reviewPublisherSiteFilter?: string; maxAgeDays?: number; pageSize?: number; pageToken?: string;
}

export interface QuotecheckClient {
  check(text: string, options?: CallOptions & { publishedOn?: string }): Promise<CheckResponse>;
  verify(claim: Claim, options?: CallOptions): Promise<VerifyResponse>;
  search(q: string, filters?: QuoteFilters, options?: CallOptions): Promise<QuotePage>;
  quote(id: string, options?: CallOptions): Promise<QuoteResponse>;
  resolveSpeaker(mention: string, options?: CallOptions & { date?: string }): Promise<SpeakerResolution>;
  factChecks(filters?: FactCheckFilters, options?: CallOptions): Promise<FactCheckPage>;
}

export declare function createClient(options?: ClientOptions): QuotecheckClient;
/** Seconds from a Retry-After value (delay-seconds or an HTTP date); undefined when unreadable. */
export declare function retryAfterSeconds(value: string | null | undefined, now?: number): number | undefined;

export declare function check(text: string, options?: ClientOptions & CallOptions & { publishedOn?: string }): Promise<CheckResponse>;
export declare function verify(claim: Claim, options?: ClientOptions & CallOptions): Promise<VerifyResponse>;
export declare function search(q: string, options?: ClientOptions & CallOptions & { filters?: QuoteFilters }): Promise<QuotePage>;
