/** A change's answer: a replayed idempotent request carries the first one's status and body. */
export interface Outcome<T> {
  status: number;
  body: T;
  replayed: boolean;
}
