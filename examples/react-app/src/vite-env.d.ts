/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_UNIONKIT_API_BASE?: string;
}
