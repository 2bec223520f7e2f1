export function RoutinePage() {
  return null;
}
