import type { GraphQLFormattedError } from 'graphql';

/**
 * Gives request errors the input path at fault, as resolver errors have it
 * (`extensions.field`, e.g. "input.funding.1.amount"). A variable that does not coerce
 * (an enum value that does not exist, a missing required field, a bad Date, a string
 * for an Int) is refused by graphql-js before any resolver runs, with the path only in
 * its message: `Variable "$input" got invalid value "PURPLE" at "input.ragStatus"; …`
 * or `…; Field "title" of required type "String!" was not provided.`
 */
export function withInputPaths(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (extensions.field !== undefined) return formatted;
  const variable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(formatted.message);
  if (!variable) return formatted;
  let field = (variable[2] ?? variable[1]!).replace(/\[(\d+)\]/g, '.$1');
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided\.$/.exec(formatted.message);
  if (missing) field = `${field}.${missing[1]}`;
  return { ...formatted, extensions: { ...extensions, field } };
}
