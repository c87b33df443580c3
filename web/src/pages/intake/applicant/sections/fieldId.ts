/** The element id of a form field, from the checklist's dot-separated path ('qms.effectiveSince'). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * Scrolls to the field of a checklist path and focuses its first input; when the exact field has
 * no element (e.g. 'financials.2.year'), the nearest enclosing one is used.
 */
export function scrollToField(path: string): boolean {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const element = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (element) {
      element.scrollIntoView({ behavior: 'smooth', block: 'center' });
      const input = element.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])');
      input?.focus({ preventScroll: true });
      element.classList.add('field-target--flash');
      setTimeout(() => element.classList.remove('field-target--flash'), 1600);
      return true;
    }
  }
  return false;
}
