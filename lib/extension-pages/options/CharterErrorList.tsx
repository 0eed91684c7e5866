// Every problem of a refused charter, each with the JSON path it points at, none left out.
import { splitCharterErrorLine } from './charter-error-line';
import styles from './CharterErrorList.module.css';

export function CharterErrorList({ lines, testId }: { lines: readonly string[]; testId: string }) {
  return (
    <ol class={styles.list} data-testid={testId}>
      {lines.map((line, index) => {
        const { path, message } = splitCharterErrorLine(line);
        return (
          <li key={index} data-testid="charter-error">
            {path ? (
              <>
                <code class={styles.path}>{path}</code>: {message}
              </>
            ) : (
              message
            )}
          </li>
        );
      })}
    </ol>
  );
}
