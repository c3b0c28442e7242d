import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchLayers } from './api/client';
import { loadAtlasMap } from './map/load-atlas-map';
import './styles.css';

// Before the first render: the layer data and the map module are fetched and parsed meanwhile.
prefetchLayers();
void loadAtlasMap();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
