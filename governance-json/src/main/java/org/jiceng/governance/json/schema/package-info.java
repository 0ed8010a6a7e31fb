/**
 * The JSON Schemas (draft 2020-12) of the library's file formats, published as resources: {@code
 * org/jiceng/governance/json/schema/jiceng.dataset-1.schema.json} and one for each other format.
 * The package holds no classes; it is opened so that other modules can read the schemas with
 * {@code Module.getResourceAsStream} or a class loader.
 */
package org.jiceng.governance.json.schema;
