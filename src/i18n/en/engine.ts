/** English strings the forecast engine's notes are worded with (codes from core and the settings). */
export const engine = {
  modelFallback:
    'The model “{{model}}” is not available in this version of Shelfcast, so Auto is selected instead.',
};
