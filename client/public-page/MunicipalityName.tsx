import { logoAltText } from '../../shared/public/logoAltText';

/**
 * The municipality in the page header: its logo when it has one, and its name. The logo's
 * alternative text names the municipality, so the name beside it is not read a second time.
 * An `<img>` draws an SVG without running anything in it.
 */
export function MunicipalityName({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  if (!logoUrl) return <span className="font-semibold">{name}</span>;
  return (
    <span className="flex min-w-0 items-center gap-3">
      <img src={logoUrl} alt={logoAltText(name)} className="h-10 w-auto max-w-48 object-contain" />
      <span className="font-semibold" aria-hidden="true">
        {name}
      </span>
    </span>
  );
}
