/** Agenda templates: built-in ones, saving an agenda as one, applying one, duplicating an activity. */
export * from './templateActivity';
export * from './builtInTemplates';
export * from './agendaToTemplate';
export * from './applyTemplate';
export * from './duplicate';
