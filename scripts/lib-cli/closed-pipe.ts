/**
 * A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools
 * do, instead of crashing on EPIPE.
 */
export function exitQuietlyWhenReaderCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
}
