import { useId, useState, type DragEvent } from 'react';
import './local-digests.css';

/** A file input for `.txt` digests inside a zone that also takes dropped files; the input is the keyboard path. */
export function DigestDropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="drop-zone__label">
        Choose a digest (.txt)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".txt,text/plain"
        multiple
        disabled={busy}
        aria-describedby={hintId}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <p id={hintId} className="drop-zone__hint">
        or drop a plain-text file here. It is read in this browser; nothing is uploaded.
      </p>
    </div>
  );
}
