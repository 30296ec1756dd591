import { splitPhoneNumbers } from './phone-links';

/** Text as typed, with every phone number in it as a `tel:` link. */
export function TextWithPhoneLinks({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, index) =>
        'tel' in part ? (
          <a key={index} class="tel-link" href={`tel:${part.tel}`}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
