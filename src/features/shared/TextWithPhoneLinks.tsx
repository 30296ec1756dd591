import { findPhoneNumbers } from './phone-links';

/** Text as the parent wrote it, with every phone number in it a tap-to-call link. */
export function TextWithPhoneLinks({ text }: { text: string }) {
  return (
    <>
      {findPhoneNumbers(text).map((part, index) =>
        part.href ? (
          <a key={index} class="phone-link" href={part.href}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
