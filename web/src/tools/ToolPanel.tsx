import { useId, type ReactNode } from 'react';
import type { AtlasFeature } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import './tools.css';

/** What every planner tool may take; each tool takes the subset it needs. */
export interface PlannerToolProps {
  /** the map, once MapView has made it; the tools draw nothing until then */
  atlas: AtlasMap | null;
  lang: Lang;
  /** the place open in the feature panel */
  selected: AtlasFeature | null;
  /** every loaded feature of every layer */
  features: AtlasFeature[];
  onSelectFeature: (featureId: string) => void;
}

interface Props {
  /** the button's text and accessible name, and the panel's label */
  label: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  className: string;
  children: ReactNode;
}

/** A tool as a disclosure: a button that opens and closes its panel. */
export function ToolPanel({ label, open, onToggle, className, children }: Props) {
  const panelId = useId();
  return (
    <div className={`tool ${className}`}>
      <button type="button" className="tool-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => onToggle(!open)}>
        {label}
      </button>
      <section id={panelId} className="tool-panel" aria-label={label} hidden={!open}>
        {open ? children : null}
      </section>
    </div>
  );
}

/** A place's name in the interface language (the Chinese name is the official one). */
export function placeName(feature: AtlasFeature, lang: Lang): string {
  return lang === 'en' && feature.properties.name_en ? feature.properties.name_en : feature.properties.name_zh;
}
