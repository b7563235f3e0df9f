import type { DetailSource } from '../../workers/forecast-protocol';
import { formatParameter } from './format-metric';

/** "What drove the forecast": the fitted model's form and its parameters or coefficients. */
export function ModelExplanation({ source }: { source: DetailSource }) {
  if (source.error !== undefined) {
    return (
      <p role="status" className="note note--status">
        {source.label} could not fit this series: {source.error}
      </p>
    );
  }
  if (source.descriptions.length === 0) return null;
  return (
    <div className="explanation">
      <h3>What drove the forecast</h3>
      <div className="explanation__models">
        {source.descriptions.map(({ label, description }) => (
          <div key={label} className="explanation__model">
            <p>
              <strong>{label}</strong>: {description.form}
              {description.aicc !== undefined && Number.isFinite(description.aicc) && (
                <span className="explanation__aicc"> · AICc {formatParameter(description.aicc)}</span>
              )}
            </p>
            {description.parameters.length > 0 && (
              <dl className="explanation__parameters">
                {description.parameters.map((parameter, i) => (
                  <div key={`${parameter.name}-${i}`} className="explanation__parameter">
                    <dt>{parameter.name}</dt>
                    <dd>{formatParameter(parameter.value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
