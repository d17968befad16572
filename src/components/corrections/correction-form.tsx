import { useId, type FormEvent, type ReactNode } from 'react';

/** One form of the corrections box: a labelled field (given its id by `field`), "Save …" and "Cancel". */
export function CorrectionForm({
  label,
  save,
  field,
  onSubmit,
  onCancel,
}: {
  label: string;
  /** The submit button's text: "Save name". */
  save: string;
  field: (id: string) => ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <form className="entity-corrections__form" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={id}>{label}</label>
      {field(id)}
      <button type="submit" className="button">
        {save}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
