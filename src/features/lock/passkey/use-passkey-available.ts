import { useEffect, useState } from 'preact/hooks';
import { passkeyAvailable } from './webauthn-prf';

/** 'yes' when this browser may open the lock with a passkey (see passkeyAvailable), 'checking' while it asks. */
export function usePasskeyAvailable(): 'checking' | 'yes' | 'no' {
  const [available, setAvailable] = useState<'checking' | 'yes' | 'no'>('checking');
  useEffect(() => {
    let live = true;
    void passkeyAvailable().then((yes) => live && setAvailable(yes ? 'yes' : 'no'));
    return () => {
      live = false;
    };
  }, []);
  return available;
}
