import { describe, expect, it } from 'vitest';
import { planPublicChunks, rootsReaching, type ModuleGraph } from './public-chunks.js';

/** A module graph as rolldown describes it: each module's code and the ids it imports. */
function graphOf(modules: Record<string, { code: string; imports?: string[] }>): ModuleGraph {
  const importers = new Map<string, string[]>();
  for (const [id, { imports = [] }] of Object.entries(modules))
    for (const imported of imports) importers.set(imported, [...(importers.get(imported) ?? []), id]);
  return {
    getModuleInfo: (id) => {
      const module = modules[id];
      return module
        ? { code: module.code, importedIds: module.imports ?? [], importers: importers.get(id) ?? [] }
        : null;
    },
  };
}

const nm = '/app/node_modules';
const src = '/app/web/src';
// Shaped as antd 6 and @rc-component/form ship them: an index that re-exports by name, and one that
// imports its parts and exports the bindings.
const modules = {
  [`${src}/main.tsx`]: {
    code: `import { ConfigProvider } from "antd";`,
    imports: [`${nm}/antd/es/index.js`],
  },
  [`${src}/pages/Home.tsx`]: {
    code: `import { Button, Steps } from "antd";\nimport { Panel } from "../Panel.js";`,
    imports: [`${nm}/antd/es/index.js`, `${src}/Panel.tsx`],
  },
  [`${src}/pages/Draws.tsx`]: {
    code: `import { Button as AntButton } from "antd";\nimport { Panel } from "../Panel.js";`,
    imports: [`${nm}/antd/es/index.js`, `${src}/Panel.tsx`],
  },
  [`${src}/pages/Staff.tsx`]: {
    code: `import { Form } from "antd";`,
    imports: [`${nm}/antd/es/index.js`],
  },
  [`${src}/Panel.tsx`]: { code: `export function Panel() {}` },
  [`${nm}/antd/es/index.js`]: {
    code: [
      `export { default as Button } from './button';`,
      `export { default as ConfigProvider } from './config-provider';`,
      `export { default as Form } from './form';`,
      `export { default as Steps } from './steps';`,
    ].join('\n'),
    imports: ['button', 'config-provider', 'form', 'steps'].map((part) => `${nm}/antd/es/${part}/index.js`),
  },
  [`${nm}/antd/es/button/index.js`]: { code: `export default Button;` },
  [`${nm}/antd/es/config-provider/index.js`]: { code: `export default ConfigProvider;` },
  [`${nm}/antd/es/form/index.js`]: {
    code: `import RcForm from '@rc-component/form';`,
    imports: [`${nm}/@rc-component/form/es/index.js`],
  },
  [`${nm}/antd/es/steps/index.js`]: {
    code: `import { FormProvider } from '@rc-component/form';\nexport default Steps;`,
    imports: [`${nm}/@rc-component/form/es/index.js`],
  },
  [`${nm}/@rc-component/form/es/index.js`]: {
    code: `import Field from "./Field";\nimport { FormProvider } from "./FormContext";\nexport { Field, FormProvider };\nexport default RefForm;`,
    imports: [`${nm}/@rc-component/form/es/Field.js`, `${nm}/@rc-component/form/es/FormContext.js`],
  },
  [`${nm}/@rc-component/form/es/Field.js`]: {
    code: `import validate from '@rc-component/async-validator';`,
    imports: [`${nm}/@rc-component/async-validator/es/index.js`],
  },
  [`${nm}/@rc-component/form/es/FormContext.js`]: { code: `export const FormProvider = 1;` },
  [`${nm}/@rc-component/async-validator/es/index.js`]: { code: `export default Schema;` },
};
const graph = graphOf(modules);
const roots = {
  shell: `${src}/main.tsx`,
  pages: [`${src}/pages/Home.tsx`, `${src}/pages/Draws.tsx`],
  languages: [],
};

describe('what a public page reaches', () => {
  it('follows a package index only to the modules of the names imported from it', () => {
    const reached = [...rootsReaching(graph, [`${src}/pages/Home.tsx`]).keys()];
    expect(reached).toContain(`${nm}/antd/es/button/index.js`);
    expect(reached).toContain(`${nm}/antd/es/steps/index.js`);
    // Steps takes FormProvider from the form library's index: the context, not the form and its validator.
    expect(reached).toContain(`${nm}/@rc-component/form/es/FormContext.js`);
    expect(reached).not.toContain(`${nm}/antd/es/form/index.js`);
    expect(reached).not.toContain(`${nm}/@rc-component/form/es/Field.js`);
    expect(reached).not.toContain(`${nm}/@rc-component/async-validator/es/index.js`);
  });

  it('follows every module of an index whose whole namespace or default export is taken', () => {
    const reached = [...rootsReaching(graph, [`${src}/pages/Staff.tsx`]).keys()];
    // antd's form takes the form library's default export, which its index defines itself.
    expect(reached).toContain(`${nm}/@rc-component/async-validator/es/index.js`);
    const namespace = graphOf({
      ...modules,
      [`${src}/pages/Staff.tsx`]: {
        code: `import * as antd from "antd";`,
        imports: [`${nm}/antd/es/index.js`],
      },
    });
    expect([...rootsReaching(namespace, [`${src}/pages/Staff.tsx`]).keys()]).toContain(
      `${nm}/antd/es/form/index.js`,
    );
  });
});

describe('the chunk of each module', () => {
  const { chunkOf, isPublic } = planPublicChunks(graph, roots);

  it('puts what two public pages or the shell use in one public chunk, and leaves the entry alone', () => {
    expect(chunkOf(`${nm}/antd/es/button/index.js`)).toBe('public');
    expect(chunkOf(`${src}/Panel.tsx`)).toBe('public');
    expect(chunkOf(`${nm}/antd/es/config-provider/index.js`)).toBe('public');
    expect(chunkOf(`${src}/main.tsx`)).toBeNull();
  });

  it("keeps what one public page alone uses in that page's chunk", () => {
    expect(chunkOf(`${src}/pages/Home.tsx`)).toBe('Home');
    expect(chunkOf(`${nm}/antd/es/steps/index.js`)).toBe('Home');
    expect(chunkOf(`${src}/pages/Draws.tsx`)).toBe('Draws');
  });

  it('leaves what only staff pages use to the bundler', () => {
    expect(chunkOf(`${nm}/antd/es/form/index.js`)).toBeNull();
    expect(chunkOf(`${nm}/@rc-component/async-validator/es/index.js`)).toBeNull();
    expect(isPublic(`${nm}/antd/es/form/index.js`)).toBe(false);
    expect(isPublic(`${nm}/antd/es/button/index.js`)).toBe(true);
  });
});
