export { findPasswordRefusal, type PasswordRefusal } from './password-rules.js';
