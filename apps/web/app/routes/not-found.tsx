import { data } from 'react-router';

/** Every address no route claims: the root error boundary renders the Vietnamese 404 page. */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
