import { Spinner } from './Spinner';

/** A calm placeholder while a page's code or data arrives; announced once as a status. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-10" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
