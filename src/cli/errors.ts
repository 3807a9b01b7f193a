/** Wrong use of the command line: printed without a stack, exit code 2. */
export class UsageError extends Error {}

/** What was asked for is not in the record: printed without a stack, exit code 3. */
export class NotFound extends Error {}
