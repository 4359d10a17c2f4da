/** Bad input the user can fix (a missing file, a binary file, a glob that matches nothing, a git revision that does not exist): exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
