/** Shown while the first data of a page loads. */
export function LoadingView() {
  return (
    <div className="loading" role="status">
      Loading…
    </div>
  );
}
