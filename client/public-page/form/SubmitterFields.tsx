import type { SubmitterKind } from '../../../shared/api/inputs';
import { usePage } from '../context';
import { FormLimits } from '../limits';
import { controlProps, Field } from './Field';

export const SUBMITTER_KINDS: readonly SubmitterKind[] = [
  'resident',
  'association',
  'public-body',
  'other',
];

export interface Submitter {
  kind: SubmitterKind;
  organisation: string;
  name: string;
  namePublic: boolean;
}

/** Who is writing: a resident, an association (from the plan's list or typed), a public body or other; name and whether it may be shown. */
export function SubmitterFields(props: {
  value: Submitter;
  onChange: (value: Submitter) => void;
  associations: readonly string[];
  organisationError: string | null;
}) {
  const { t } = usePage();
  const { value, onChange, associations, organisationError } = props;
  const set = (change: Partial<Submitter>) => onChange({ ...value, ...change });
  const orgLabel =
    value.kind === 'association'
      ? t('orgAssociation')
      : value.kind === 'public-body'
        ? t('orgPublicBody')
        : t('orgOther');
  const useList = value.kind === 'association' && associations.length > 0;
  return (
    <>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t('kindLegend')}</legend>
        <div className="flex flex-col gap-2">
          {SUBMITTER_KINDS.map((kind) => (
            <div className="ds-field" key={kind}>
              <input
                id={`input-kind-${kind}`}
                className="ds-input"
                type="radio"
                name="submitterKind"
                value={kind}
                checked={value.kind === kind}
                onChange={() => set({ kind })}
              />
              <label className="ds-label" data-weight="regular" htmlFor={`input-kind-${kind}`}>
                {t(`kind.${kind}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {value.kind !== 'resident' && (
        <Field
          id="input-organisation"
          label={orgLabel}
          hint={useList ? t('orgHint') : undefined}
          error={organisationError}
        >
          <input
            {...controlProps('input-organisation', useList, organisationError)}
            className="ds-input"
            autoComplete="organization"
            maxLength={FormLimits.organisationMax}
            list={useList ? 'input-associations' : undefined}
            value={value.organisation}
            onChange={(event) => set({ organisation: event.target.value })}
          />
          {useList && (
            <datalist id="input-associations">
              {associations.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          )}
        </Field>
      )}
      <Field id="input-name" label={t('nameLabel')}>
        <input
          id="input-name"
          className="ds-input"
          autoComplete="name"
          maxLength={FormLimits.nameMax}
          value={value.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </Field>
      {value.kind === 'resident' && (
        <div className="ds-field">
          <input
            id="input-name-public"
            className="ds-input"
            type="checkbox"
            checked={value.namePublic}
            onChange={(event) => set({ namePublic: event.target.checked })}
          />
          <label className="ds-label" data-weight="regular" htmlFor="input-name-public">
            {t('namePublic')}
          </label>
        </div>
      )}
    </>
  );
}
