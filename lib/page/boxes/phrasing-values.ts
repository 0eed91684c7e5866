// Values the page gives for phrasing variables: the first name of the person being answered.
import type { IncomingMessage } from '../platforms/types';

export function phrasingValuesFrom(incoming: IncomingMessage | null): Record<string, string> {
  const firstName = incoming?.firstName?.trim();
  return firstName ? { prénom: firstName, first_name: firstName } : {};
}
