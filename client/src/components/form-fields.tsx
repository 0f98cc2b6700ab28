import {
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, translateFieldError } from '../lib/field-error-message.ts';
import type { FormFailure } from '../lib/form-failure.ts';
import { useIsHydrated } from '../lib/use-is-hydrated.ts';

type FieldFrameProps = {
  /** The API field path (`frontPage.title.sv`): server errors find their field by it. */
  name: string;
  label: string;
  hint?: string | undefined;
  failure: FormFailure | null;
};

type ControlAttributes = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** Label, hint and error wired to the control by id, as WCAG 1.3.1 and 3.3.1 ask. */
function FieldFrame({
  name,
  label,
  hint,
  failure,
  render,
}: FieldFrameProps & { render: (control: ControlAttributes) => ReactNode }) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const error = failure?.fieldErrors.find((fieldError) => fieldError.field === name);
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId ?? undefined} className="field__error">
          {translateFieldError(t, error)}
        </p>
      ) : null}
      {render({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
    </div>
  );
}

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

export function TextField({
  name,
  label,
  hint,
  failure,
  ...inputProps
}: FieldFrameProps & NativeInputProps) {
  return (
    <FieldFrame
      name={name}
      label={label}
      hint={hint}
      failure={failure}
      render={(control) => <input type="text" className="input" {...inputProps} {...control} />}
    />
  );
}

type NativeTextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>;

export function TextAreaField({
  name,
  label,
  hint,
  failure,
  ...textAreaProps
}: FieldFrameProps & NativeTextAreaProps) {
  return (
    <FieldFrame
      name={name}
      label={label}
      hint={hint}
      failure={failure}
      render={(control) => (
        <textarea className="input input--multiline" rows={4} {...textAreaProps} {...control} />
      )}
    />
  );
}

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'>;

export function SelectField({
  name,
  label,
  hint,
  failure,
  options,
  ...selectProps
}: FieldFrameProps &
  NativeSelectProps & { options: readonly { value: string; label: string; lang?: string }[] }) {
  return (
    <FieldFrame
      name={name}
      label={label}
      hint={hint}
      failure={failure}
      render={(control) => (
        <select className="input" {...selectProps} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** Disabled while the request runs, so a double click cannot send the form twice. */
export function SubmitButton({
  isBusy,
  children,
  needsApp = false,
  disabled = false,
  className = 'button',
  ...buttonProps
}: {
  isBusy: boolean;
  children: ReactNode;
  /** A form only the app can send: not before it has taken over a server-rendered page. */
  needsApp?: boolean;
  /** Disabled for another reason than the sending, e.g. nothing to send yet. */
  disabled?: boolean;
  /** The button's look (`button` unless told), e.g. `button button--secondary`. */
  className?: string;
  name?: string | undefined;
  value?: string | undefined;
  'aria-describedby'?: string | undefined;
}) {
  const isHydrated = useIsHydrated();
  const refuseSecondClick = useSendOnce(isBusy);
  return (
    <button
      type="submit"
      className={className}
      disabled={isBusy || disabled || (needsApp && !isHydrated)}
      aria-busy={isBusy || undefined}
      onClick={refuseSecondClick}
      {...buttonProps}
    >
      {children}
    </button>
  );
}

/**
 * A step that is hard to take back (removing an agreement, taking a shop offline), asked
 * twice: the first press shows "Nej, avbryt" and then the form's own "Ja, …" submit. "Nej"
 * comes first, where the first button was, so a double click lands on it and sends nothing.
 */
export function ConfirmedSubmitButton({
  isBusy,
  children,
  confirmLabel,
  hint,
  className = 'button button--secondary',
  name,
  value,
}: {
  isBusy: boolean;
  children: ReactNode;
  /** The submit's own words: "Ja, ta bort avtalet". */
  confirmLabel: ReactNode;
  /** What the step does, beside the question and read with its "Ja, …": "Kunden får ett mejl". */
  hint?: ReactNode;
  className?: string;
  name?: string | undefined;
  value?: string | undefined;
}) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  const hintId = useId();
  const { askRef, confirmRef } = useFocusAfterSwap(isAsking);
  if (!isAsking)
    return (
      <button ref={askRef} type="button" className={className} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  return (
    <span className="inline-list" ref={confirmRef}>
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('app.keep')}
      </button>
      <SubmitButton
        isBusy={isBusy}
        name={name}
        value={value}
        className="button"
        aria-describedby={hint ? hintId : undefined}
      >
        {confirmLabel}
      </SubmitButton>
      {hint ? (
        <span id={hintId} className="muted">
          {hint}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Where focus goes when a confirmation's buttons replace each other: the button pressed is gone
 * from the page, and focus fell back to the page's start (a keyboard or screen reader user had to
 * find the question again). Asking moves it to the "Ja, …" button, read with its hint; "Nej,
 * avbryt" brings it back to the first button. Nothing moves on the first render.
 */
function useFocusAfterSwap(isAsking: boolean) {
  const askRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLSpanElement>(null);
  const shown = useRef(isAsking);
  useEffect(() => {
    if (shown.current === isAsking) return;
    shown.current = isAsking;
    if (isAsking) confirmRef.current?.querySelector<HTMLButtonElement>('[type="submit"]')?.focus();
    else askRef.current?.focus();
  }, [isAsking]);
  return { askRef, confirmRef };
}

/** How long a click that is followed by no render at all keeps the button from sending. */
const sendingSeenWithinMs = 2000;

/**
 * A submit button's click handler that sends its form once until that sending has ended. A
 * double click (or an impatient second tap on a slow phone) came before React had drawn the
 * button as busy, and sent the form twice: two products made, or an order accepted and then
 * "not possible in the current status". `isBusy` is the sending's state (a navigation's or a
 * fetcher's).
 */
export function useSendOnce(isBusy: boolean): (event: MouseEvent<HTMLButtonElement>) => void {
  const sending = useRef<'idle' | 'clicked' | 'busy'>('idle');
  // After every render: the first one after a click shows the sending under way, or already
  // over (a form the app's own check stopped answers at once).
  useEffect(() => {
    if (sending.current === 'clicked') sending.current = isBusy ? 'busy' : 'idle';
    else if (sending.current === 'busy' && !isBusy) sending.current = 'idle';
  });
  return (event) => {
    if (sending.current !== 'idle') {
      event.preventDefault();
      return;
    }
    // A click the browser's own check stops (a required field left empty) sends nothing and
    // draws nothing: it must not hold the button once the field is filled in.
    const button = event.currentTarget;
    const form = button.form;
    if (form && !form.noValidate && !button.formNoValidate && form.matches(':invalid')) return;
    sending.current = 'clicked';
    setTimeout(() => {
      if (sending.current === 'clicked') sending.current = 'idle';
    }, sendingSeenWithinMs);
  };
}
