import { isProblem } from '../app/api.js';
import { notifyProblem } from './notify.js';

type FormWithErrors = { setFieldError: (path: string, message: string) => void };

/**
 * Puts the server's field errors next to the fields they concern (problem `errors[].path` uses
 * dots, like Mantine form paths, e.g. `workspace.name`); anything else goes to a notification.
 * `pathPrefix` strips a request-body prefix when the form holds only part of the body.
 */
export function showProblemInForm(
  form: FormWithErrors,
  error: unknown,
  knownPaths: readonly string[],
  pathPrefix = '',
) {
  if (isProblem(error) && error.errors.length > 0) {
    const placed = error.errors.filter((issue) => {
      const path =
        pathPrefix && issue.path.startsWith(pathPrefix) ? issue.path.slice(pathPrefix.length) : issue.path;
      if (!knownPaths.includes(path)) return false;
      form.setFieldError(path, issue.message);
      return true;
    });
    if (placed.length === error.errors.length) return;
  }
  notifyProblem(error);
}
