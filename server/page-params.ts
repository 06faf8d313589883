// Pages read their URL through here, each with a shape of zod fields from lib/url-params.ts: the path
// segments (`params`) with pathParam fields, where anything malformed is a 404 (an id that cannot exist is
// the same as one that does not); and the query (`searchParams`) with queryParam fields, where a malformed
// value falls back to the field's default. Both take Next's promises (or plain objects) as they come.
import "server-only";
import { notFound } from "next/navigation";
import { readPathParams, readSearchParams, type ParamShape, type ParamValues, type RawParams } from "@/lib/url-params";

type Awaitable<T> = T | Promise<T>;

/** The page's path segments as the fields of `shape` read them, or notFound(). */
export async function parsePageParams<S extends ParamShape>(
  shape: S,
  params: Awaitable<RawParams>,
): Promise<ParamValues<S>> {
  const values = readPathParams(shape, await params);
  if (!values) notFound();
  return values;
}

/** The page's query, each field its value or its default (see readSearchParams). */
export async function parseSearchParams<S extends ParamShape>(
  shape: S,
  searchParams: Awaitable<RawParams>,
): Promise<ParamValues<S>> {
  return readSearchParams(shape, await searchParams).values;
}
