import { createContext } from 'react';

/** Name of the researcher whose record is shown, highlighted wherever an author list names them. */
export const OwnerNameContext = createContext<string | undefined>(undefined);
