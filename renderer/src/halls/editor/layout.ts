/** The shared layout API the editor uses (geometry, validation, commands), in one place. */
export * from '../../../../shared/layout';
