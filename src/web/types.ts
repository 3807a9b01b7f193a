// The API's shapes, as the services that produce them declare them (types only: nothing of the server is bundled).
export type { VoteView, DraftView, AmendmentView, MotionView, SourceView, SponsorView } from '../services/views.js';
export type { VoteDetail, MemberRow, StateView, MandateView, Agreement } from '../services/browse.js';
export type { ParagraphDiff, Paragraph } from '../domain/amendment.js';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Body {
  code: string;
  name: string;
  size: number | null;
  votes: number;
  sessions: Session[];
}

export interface Session {
  body: string;
  session: string;
  title: string;
  start: string | null;
  end: string | null;
}

export interface DraftSummary {
  symbol: string;
  title: string;
  body: string;
  session: string;
  status: string;
  decidedOn: string | null;
  adoptedAs: string | null;
}
