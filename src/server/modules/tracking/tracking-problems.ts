import type { TrackingError } from '../../../core/tracking/tracking-error.js';
import { conflict, type HttpProblem, unprocessable } from '../../platform/problem.js';

/**
 * A 422 about one request field: the problem's `errors` names the field (`endedAt`), so the web
 * can show the message under the right input.
 */
export function fieldProblem(code: string, field: string, params: Record<string, string | number> = {}) {
  return unprocessable(code, params, [field]);
}

/** The core's tracking refusals as API problems (`entry_<core code>`), on the field they concern. */
export function entryProblem(error: TrackingError<string>, field: string): HttpProblem {
  const params = { ...(error.params ?? {}) };
  if (typeof params.maxSeconds === 'number') params.maxHours = params.maxSeconds / 3600;
  return fieldProblem(`entry_${error.code}`, field, params);
}

export const categoryUnknown = (field = 'categoryId') => fieldProblem('category_unknown', field);
export const memberUnknown = () => fieldProblem('member_unknown', 'userId');
export const routineBlockUnknown = () => fieldProblem('routine_block_unknown', 'routineBlockId');
export const timerNotRunning = () => conflict('timer_not_running');
export const entryRunning = () => conflict('entry_running');
