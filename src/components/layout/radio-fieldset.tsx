/** A fieldset of radio buttons, one per choice, the checked one `value`: "Sort by ( ) mentions ( ) name". */
export function RadioFieldset<T extends string>({
  className,
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  className: string;
  legend: string;
  /** The radio group's name, unique in the page. */
  name: string;
  /** Each choice's value and the words beside its button. */
  choices: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
