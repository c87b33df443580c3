import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts.js';
import type { AccountWithActivation, NewAccount, RoleGrant } from '../../api/types.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useLocale } from '../../i18n/useLocale.js';
import {
  ASSIGNABLE_ROLES,
  EITHER_SCOPE_ROLES,
  INSTALLATION_ROLES,
  type RoleKey,
} from '../../session/roles.js';
import { type ReferenceLists, useReferenceLists } from './useReferenceLists.js';
import { useApi } from '../../api/useApi.js';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  roles: RoleKey[];
  /** The programme the roles are held in (the installation-wide ones hold none). */
  programmeId?: string;
  townId?: number;
  departmentId?: number;
}

const heldInProgramme = (role: RoleKey) => !INSTALLATION_ROLES.includes(role);

function toGrants(values: Values): RoleGrant[] {
  return values.roles.map((role) => {
    // An auditor without a programme audits the whole installation.
    const programmeId = heldInProgramme(role) ? (values.programmeId ?? null) : null;
    if (role === 'locality_endorser') return { role, programmeId, townId: values.townId };
    if (role === 'department_endorser') return { role, programmeId, departmentId: values.departmentId };
    return { role, programmeId };
  });
}

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (created: AccountWithActivation) => void;
}

/**
 * New staff account: identity and roles (endorsers with their town or department). No password:
 * the server answers with a one-time activation code for the person, shown by the page once.
 */
export function CreateAccountModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { local } = useLocale();
  const [form] = Form.useForm<Values>();
  const roles = Form.useWatch('roles', form) ?? [];
  const programmeId = Form.useWatch('programmeId', form);
  const programmes = useApi('/api/public/programmes').data?.items ?? [];
  const lists = useReferenceLists(programmeId);
  const needsProgramme = roles.some((role) => heldInProgramme(role) && !EITHER_SCOPE_ROLES.includes(role));
  const mayHaveProgramme = roles.some(heldInProgramme);
  const defaultProgramme = programmes[0]?.id;
  // A role of the award starts in the installation's default programme, which the form shows;
  // an auditor alone starts with the whole installation.
  useEffect(() => {
    if (needsProgramme && !form.getFieldValue('programmeId') && defaultProgramme)
      form.setFieldValue('programmeId', defaultProgramme);
  }, [needsProgramme, defaultProgramme, form]);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('common.required', { field }) },
  ];
  const chosen = (field: string) => [{ required: true, message: t('common.choose', { field }) }];

  const send = (values: Values) =>
    accountsApi.create({
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      email: values.email?.trim() || undefined,
      phone: values.phone?.trim() || undefined,
      roles: toGrants(values),
    } satisfies NewAccount);

  const options = (items: ReferenceLists['towns']) =>
    items.filter((item) => item.active).map((item) => ({ value: item.id, label: local(item.name) }));

  return (
    <FormDialog<Values, AccountWithActivation>
      open={open}
      title={t('accounts.createTitle')}
      form={form}
      send={send}
      invalidates={['/accounts', '/role-grants']}
      success={(_, values) => t('accounts.created', { name: values.displayName.trim() })}
      onDone={onCreated}
      onClose={onClose}
    >
      <Form.Item name="username" label={t('accounts.username')} rules={required(t('accounts.username'))}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={required(t('accounts.displayName'))}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="email" label={t('accounts.email')} rules={[{ type: 'email' }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('accounts.phone')}>
        <Input type="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="roles" label={t('accounts.roles')} rules={chosen(t('accounts.roles'))}>
        <Select
          mode="multiple"
          options={ASSIGNABLE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </Form.Item>
      {mayHaveProgramme && (
        <Form.Item
          name="programmeId"
          label={t('accounts.programme')}
          rules={needsProgramme ? chosen(t('accounts.programme')) : []}
          extra={needsProgramme ? undefined : t('accounts.programmeInstallation')}
        >
          <Select
            allowClear={!needsProgramme}
            placeholder={needsProgramme ? undefined : t('accounts.wholeInstallation')}
            options={programmes.map((p) => ({ value: p.id, label: local(p.name) }))}
            onChange={() => form.setFieldsValue({ townId: undefined, departmentId: undefined })}
          />
        </Form.Item>
      )}
      {roles.includes('locality_endorser') && (
        <Form.Item name="townId" label={t('accounts.town')} rules={chosen(t('accounts.town'))}>
          <Select options={options(lists.towns)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
      {roles.includes('department_endorser') && (
        <Form.Item
          name="departmentId"
          label={t('accounts.department')}
          rules={chosen(t('accounts.department'))}
        >
          <Select options={options(lists.departments)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
