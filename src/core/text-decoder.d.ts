/**
 * The Encoding API (TextDecoder / TextEncoder) exists in every runtime core runs in — browser,
 * worker and Node — but core's tsconfig has no DOM lib. These declarations repeat the DOM lib's
 * shapes exactly, so where the DOM lib is also loaded (the app's tsconfig) they merge with it
 * instead of conflicting.
 */

interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoderCommon {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
}

interface TextDecoder extends TextDecoderCommon {
  decode(input?: ArrayBufferLike | ArrayBufferView<ArrayBufferLike>, options?: TextDecodeOptions): string;
}

// eslint-disable-next-line no-var -- a `var`, like the DOM lib's, so the two declarations merge
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

interface TextEncoderCommon {
  readonly encoding: string;
}

interface TextEncoder extends TextEncoderCommon {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

// eslint-disable-next-line no-var -- a `var`, like the DOM lib's, so the two declarations merge
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};
