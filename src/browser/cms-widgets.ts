// Our widgets for the browser CMS (Decap CMS) on /beheer/: `getal`, `tekst` and `yaml`. Each checks
// its value with the field's own zod schema (src/validation/cms-config.ts gives it by the field's
// `regel`) and shows the same Dutch message, with its rule, as `npm run check:content`; Decap CMS
// saves nothing while a field has an error. What the editor typed stays in the field, also when it
// is refused ("veel" in an amount stays "veel" until it is corrected).
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import type { ParsedYaml } from '../validation/parse-yaml.ts';
import { zodIssuesToErrors } from '../validation/zod-issues.ts';

/** The part of Decap CMS's global `CMS` that we use. */
export interface Cms {
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: { get(key: 'data'): unknown } }) => unknown }): void;
  init(options: { config: object }): void;
}

/** A field's configuration as Decap passes it to a widget (an Immutable.js map). */
interface FieldConfig {
  get(key: string): unknown;
}

interface ControlProps {
  field: FieldConfig;
  value: unknown;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

interface Control {
  props: ControlProps;
  state?: { text?: string; error?: string };
  setState(state: object): void;
}

type CreateElement = (type: string, props: object | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown> & ThisType<Control>) => unknown;

/** Decap's answer for a field that is not valid. */
type Invalid = { error: { type: 'CUSTOM'; message: string } };

const AT_START = { line: 1, column: 1 };

/**
 * The message of `npm run check:content` for a value, without file and line: "verwacht een heel
 * bedrag in euro's, gevonden "veel" (...) [bedrag]"; undefined when the schema accepts it.
 */
export function fieldError(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const parsed: ParsedYaml = { data: value, positionOf: () => AT_START, keyPositionOf: () => AT_START };
  const [first] = zodIssuesToErrors(result.error.issues, value, parsed, schema, '');
  return first ? `${first.message} [${first.rule}]` : 'ongeldige waarde';
}

const empty = (value: unknown): boolean => value === undefined || value === null || value === '';

/** A number as typed: a number when it is one, otherwise the text itself, for the message to quote. */
export function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

export function registerWidgets(cms: Cms, rules: ReadonlyMap<string, z.ZodType>): void {
  const h = (window as unknown as { h: CreateElement }).h;
  const createClass = (window as unknown as { createClass: CreateClass }).createClass;

  /** Decap asks a widget whether its value may be saved; presence is Decap's own check. */
  const check = (field: FieldConfig, value: unknown): true | Invalid => {
    const schema = rules.get(String(field.get('regel')));
    const message = schema && !empty(value) ? fieldError(schema, value) : undefined;
    return message ? { error: { type: 'CUSTOM', message } } : true;
  };

  const input = (props: ControlProps, value: string, onText: (text: string) => void, extra: object = {}) =>
    h(props.field.get('meerdere_regels') ? 'textarea' : 'input', {
      id: props.forID,
      className: props.classNameWrapper,
      value,
      onChange: (event: Event) => onText((event.target as HTMLInputElement).value),
      onFocus: props.setActiveStyle,
      onBlur: props.setInactiveStyle,
      ...(props.field.get('meerdere_regels') ? { rows: 3 } : { type: 'text' }),
      ...extra,
    });

  cms.registerWidget(
    'getal',
    createClass({
      isValid() {
        return check(this.props.field, this.props.value);
      },
      render() {
        const { value } = this.props;
        return input(this.props, empty(value) ? '' : String(value), (text) => this.props.onChange(typedNumber(text)), {
          inputMode: this.props.field.get('geheel') ? 'numeric' : 'decimal',
          autoComplete: 'off',
        });
      },
    }),
  );

  cms.registerWidget(
    'tekst',
    createClass({
      isValid() {
        return check(this.props.field, this.props.value);
      },
      render() {
        const { value } = this.props;
        return input(this.props, typeof value === 'string' ? value : empty(value) ? '' : String(value), (text) =>
          this.props.onChange(text === '' ? undefined : text),
        );
      },
    }),
  );

  // A field the form has no widgets for (a choice between "alle" and a list, a group per id): its value as YAML.
  cms.registerWidget(
    'yaml',
    createClass({
      getInitialState() {
        const value = plain(this.props.value);
        return { text: empty(value) ? '' : stringify(value), error: undefined };
      },
      isValid() {
        if (this.state?.error) return { error: { type: 'CUSTOM', message: this.state.error } };
        return check(this.props.field, plain(this.props.value));
      },
      render() {
        return input(
          { ...this.props, field: { get: (key: string) => (key === 'meerdere_regels' ? true : this.props.field.get(key)) } },
          this.state?.text ?? '',
          (text) => {
            try {
              const value: unknown = text.trim() === '' ? undefined : parse(text);
              this.setState({ text, error: undefined });
              this.props.onChange(value);
            } catch (error) {
              this.setState({ text, error: `YAML-fout: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : ''} [yaml]` });
            }
          },
          { rows: 8, spellCheck: false },
        );
      },
    }),
  );
}

/** Decap keeps lists and groups as Immutable.js values; the schemas check plain ones. */
function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function'
    ? (value.toJS as () => unknown)()
    : value;
}

/** The part of an Immutable.js Map or List (Decap's entry data) that `withoutEmpty` uses. */
interface Collection {
  filter(keep: (value: unknown) => boolean): Collection;
  map(change: (value: unknown) => unknown): Collection;
  isEmpty(): boolean;
}

const isImmutable = (value: unknown, kind: 'LIST' | 'MAP'): value is Collection =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>)[`@@__IMMUTABLE_${kind}__@@`] === true;

/**
 * The entry's data without the fields the editor emptied: YAML would write an emptied field as
 * `veld: null`, which no schema accepts; an optional field left empty is simply not there. A group
 * that is empty after that goes too (an optional `bron` opened and left empty). Lists keep their items.
 */
export function withoutEmpty(value: unknown): unknown {
  if (isImmutable(value, 'MAP')) {
    return value
      .map(withoutEmpty)
      .filter((item) => !(item === undefined || item === null || item === '' || (isImmutable(item, 'MAP') && item.isEmpty())));
  }
  if (isImmutable(value, 'LIST')) return value.map(withoutEmpty);
  return value;
}

/** Before each save: the data without emptied fields (Decap CMS's preSave event). */
export function registerCleanUp(cms: Cms): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: { get(key: 'data'): unknown } }) => withoutEmpty(entry.get('data')),
  });
}
