import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'E-mail and password.' })
export class LoginInput {
  @Field({ description: 'E-mail address of the account (any case).' })
  @IsString()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
