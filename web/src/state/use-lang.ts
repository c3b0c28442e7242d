/** The interface language, remembered across visits. */
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../i18n/strings';

const KEY = 'wuzhen-atlas.lang';

function initialLang(): Lang {
  const stored = window.localStorage.getItem(KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  // the documents and their readers are Chinese; English is one click away
  return 'zh';
}

export function useLang(): [Lang, () => void] {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    window.localStorage.setItem(KEY, lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  }, [lang]);
  const toggle = useCallback(() => setLang((l) => (l === 'zh' ? 'en' : 'zh')), []);
  return [lang, toggle];
}
