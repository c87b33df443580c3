import type { ApplicationForm, ApplicationView, StoredFile } from '../../../../api/intake.js';

/** What every section of the applicant's form receives. */
export interface SectionProps {
  view: ApplicationView;
  form: ApplicationForm;
  update: (change: (form: ApplicationForm) => ApplicationForm) => void;
  fieldErrors: Record<string, string[]>;
  onUploaded: (file: StoredFile) => void;
}

export const yesNo = (value: boolean | null) => (value === null ? undefined : value);
