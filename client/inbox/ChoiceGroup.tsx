import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** One choice among a few, as radio buttons in a fieldset (arrow keys move between them). */
export function ChoiceGroup<T extends string>({ legend, value, choices, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="ds-fieldset">
      <legend className="ds-label">{legend}</legend>
      {choices.map((choice) => (
        <div className="ds-field" key={choice.value}>
          <input
            id={`${id}-${choice.value}`}
            type="radio"
            className="ds-input"
            name={id}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <label className="ds-label" data-weight="regular" htmlFor={`${id}-${choice.value}`}>
            {choice.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
