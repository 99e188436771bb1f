// The files of wink-eng-lite-web-model that adapters/prepared-core/bundled-english.ts imports
// one by one (the package types only its whole model).
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
