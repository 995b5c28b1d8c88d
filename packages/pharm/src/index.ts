export {};
export * from './regimen';
